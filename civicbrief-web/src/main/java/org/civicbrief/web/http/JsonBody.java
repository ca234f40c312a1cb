package org.civicbrief.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.json.BriefingJson;

/**
 * Reads and writes the API's JSON with the one mapping civicbrief uses for briefings, so a briefing
 * from the API is the same JSON the command line prints.
 */
public final class JsonBody {

  // A type as Jackson quotes it: `java.lang.Integer`, `java.util.Map<java.lang.String,…>`.
  private static final Pattern JAVA_TYPE = Pattern.compile("`(?:[\\w$]+\\.)*([\\w$]+)[^`]*`");

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
    } catch (ValueInstantiationException e) {
      // A record's own validation refused a value; its message is written for the user.
      throw HttpProblem.badRequest(
          e.getCause() instanceof IllegalArgumentException bad
              ? firstLine(bad.getMessage())
              : "A value in the request is not valid.");
    } catch (UnrecognizedPropertyException e) {
      throw HttpProblem.badRequest(
          "Field '"
              + e.getPropertyName()
              + "' is not known here"
              + (e.getKnownPropertyIds() == null || e.getKnownPropertyIds().isEmpty()
                  ? "."
                  : "; the fields are: "
                      + e.getKnownPropertyIds().stream()
                          .map(String::valueOf)
                          .sorted()
                          .collect(java.util.stream.Collectors.joining(", "))
                      + "."));
    } catch (MismatchedInputException e) {
      String field = e.getPath().isEmpty() ? "" : e.getPath().getLast().getFieldName();
      String expected =
          e.getTargetType() == null
              ? "the expected value"
              : kind(e.getTargetType().getSimpleName());
      throw HttpProblem.badRequest(
          field == null || field.isEmpty()
              ? "The JSON does not have the expected shape: it must be " + expected + "."
              : "Field '" + field + "' is not valid: it must be " + expected + ".");
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest(
          "The request body is not valid JSON: " + plain(e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw HttpProblem.badRequest("The request body could not be read.");
    } catch (IllegalArgumentException e) {
      // A record's own validation refused a value.
      throw HttpProblem.badRequest(firstLine(e.getMessage()));
    }
  }

  /**
   * Jackson's message without the Java types it names ({@code `java.lang.Integer`} becomes "a whole
   * number"), which mean nothing to a client and tell an attacker about the server.
   */
  static String plain(String message) {
    String m = firstLine(message).replaceAll(" ?\\(through reference chain:.*$", "");
    Matcher t = JAVA_TYPE.matcher(m);
    StringBuilder out = new StringBuilder();
    while (t.find()) {
      String simple = t.group(1);
      simple = simple.substring(simple.lastIndexOf('$') + 1);
      t.appendReplacement(out, Matcher.quoteReplacement(kind(simple)));
    }
    t.appendTail(out);
    return out.toString();
  }

  private static String kind(String simpleName) {
    return switch (simpleName) {
      case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
      case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
      case "Boolean", "boolean" -> "true or false";
      case "String" -> "text";
      case "List", "ArrayList", "Set" -> "an array";
      default -> "an object";
    };
  }

  private static String firstLine(String s) {
    String m = String.valueOf(s);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
