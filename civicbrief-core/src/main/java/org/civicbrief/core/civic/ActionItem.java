package org.civicbrief.core.civic;

import java.util.Objects;

/**
 * A neutral thing a reader can do about a concept the story touches; never a call to take a side.
 *
 * @param kind what kind of action it is
 * @param text the suggestion shown to readers
 * @param url the official page it points to
 * @param cardId the card it is tied to
 */
public record ActionItem(ActionKind kind, String text, String url, String cardId) {

  /** The House's official lookup of a member by address. */
  public static final String HOUSE_LOOKUP =
      "https://www.house.gov/representatives/find-your-representative";

  /** The Senate's official directory of senators' contact details. */
  public static final String SENATE_LOOKUP = "https://www.senate.gov/senators/senators-contact.htm";

  /**
   * USA.gov's official lookup of one's elected officials, state legislators and governor included.
   */
  public static final String STATE_OFFICIALS_LOOKUP = "https://www.usa.gov/elected-officials";

  /** USA.gov's directory of state and local election offices. */
  public static final String ELECTION_OFFICE_LOOKUP = "https://www.usa.gov/state-election-office";

  /** USA.gov's page on finding one's city, county and town governments. */
  public static final String LOCAL_GOVERNMENTS = "https://www.usa.gov/local-governments";

  /** The U.S. Supreme Court's docket search, where a case's filings, orders and opinions are. */
  public static final String SUPREME_COURT_DOCKET =
      "https://www.supremecourt.gov/docket/docket.aspx";

  public ActionItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(cardId, "cardId");
    if (!Https.isHttps(url)) {
      throw new IllegalArgumentException("action url must be an https address: " + url);
    }
  }
}
