package org.civicbrief.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import org.civicbrief.json.BriefingJson;

/**
 * Reads and writes the API's JSON with the one mapping civicbrief uses for briefings, so a briefing
 * from the API is the same JSON the command line prints.
 */
public final class JsonBody {

  private final ObjectMapper mapper =
      new BriefingJson()
          .mapper()
          .copy()
          // A request with a field the API does not know is a mistake worth telling the client.
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The mapper, for documents that are not request or response bodies. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Writes {@code value} as the JSON response with {@code status}. */
  public void send(Context ctx, int status, Object value) {
    send(ctx, status, value, "application/json");
  }

  /** Writes {@code value} as the response with {@code status} and {@code mediaType}. */
  public void send(Context ctx, int status, Object value, String mediaType) {
    ctx.status(status).contentType(mediaType).result(bytes(value));
  }

  /** {@code value} as UTF-8 JSON. */
  public byte[] bytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads the request body as a {@code type}.
   *
   * @throws HttpProblem 415 when it is not JSON, 400 when it does not parse or does not fit
   */
  public <T> T read(Context ctx, Class<T> type) {
    String contentType = String.valueOf(ctx.contentType());
    if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new HttpProblem(
          415, "Unsupported media type", "Send the request body as application/json.");
    }
    try {
      T value = mapper.readValue(ctx.bodyAsBytes(), type);
      if (value == null) {
        throw HttpProblem.badRequest("The request body is empty; send a JSON object.");
      }
      return value;
    } catch (MismatchedInputException e) {
      String field = e.getPath().isEmpty() ? "" : e.getPath().getLast().getFieldName();
      throw HttpProblem.badRequest(
          field == null || field.isEmpty()
              ? "The JSON does not have the expected shape: " + e.getOriginalMessage()
              : "Field '" + field + "' is not valid: " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest(
          "The request body is not valid JSON: " + firstLine(e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw HttpProblem.badRequest("The request body could not be read.");
    } catch (IllegalArgumentException e) {
      // A record's own validation refused a value.
      throw HttpProblem.badRequest(firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    String m = String.valueOf(s);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
