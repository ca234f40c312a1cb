package org.civicbrief.web.editor;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.PageFrame;

/** The frame of editor pages: not indexed, never cached, with who is signed in. */
final class EditorFrames {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMM d, uuuu HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final Auth auth;
  private final Layout layout;

  EditorFrames(Auth auth, Layout layout) {
    this.auth = auth;
    this.layout = layout;
  }

  /** The frame of an editor page titled {@code title}; marks the response not cacheable. */
  PageFrame frame(Context ctx, String title) {
    ctx.header("Cache-Control", "no-store");
    String user = auth.require(ctx).user().username();
    return layout
        .page(title, "editor")
        .withScript(layout.script("editor.js"))
        .withEditor(new PageFrame.SignedIn(user, auth.csrfToken(ctx)));
  }

  /** The CSRF token of the page's forms. */
  String csrf(Context ctx) {
    return auth.csrfToken(ctx);
  }

  /** A time as editors read it. */
  static String when(Instant t) {
    return WHEN.format(t);
  }
}
