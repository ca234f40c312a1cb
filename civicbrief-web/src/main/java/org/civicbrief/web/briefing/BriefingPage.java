package org.civicbrief.web.briefing;

import java.util.Objects;
import org.civicbrief.web.http.PageFrame;

/**
 * The reader's page of a published briefing.
 *
 * @param frame the page frame, with the briefing's JSON-LD
 * @param briefing the briefing
 * @param editorApproved whether a person approved it; the page says so only then
 */
public record BriefingPage(PageFrame frame, BriefingView briefing, boolean editorApproved) {

  public BriefingPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(briefing, "briefing");
  }
}
