package org.civicbrief.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.json.BriefingJson;

/** The command line's JSON: briefings as documented, and the batch's per-record error lines. */
final class JsonBriefing {

  private final BriefingJson json = new BriefingJson();

  String pretty(Briefing b) {
    return json.pretty(b);
  }

  String line(Briefing b) {
    return json.line(b);
  }

  /** A batch output line for a record that could not be briefed. */
  String errorLine(String id, String reason) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("error", reason);
    try {
      return json.mapper().writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write error JSON", e);
    }
  }

  /** The {@code id} of a JSON record, or {@code fallback} when it has none or does not parse. */
  String idOf(String record, String fallback) {
    try {
      var node = json.mapper().readTree(record);
      return node != null && node.hasNonNull("id") ? node.get("id").asText() : fallback;
    } catch (JsonProcessingException e) {
      return fallback;
    }
  }
}
