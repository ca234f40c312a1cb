package org.civicbrief.web.http;

import java.util.List;
import java.util.Optional;

/** Makes the {@link PageFrame} of a page: the shared style sheet, and a script where one helps. */
public final class Layout {

  private final Assets assets;

  /** Frames whose asset addresses come from {@code assets}. */
  public Layout(Assets assets) {
    this.assets = assets;
  }

  /** The frame of a reader page titled {@code title} in {@code section}. */
  public PageFrame page(String title, String section) {
    return new PageFrame(
        title,
        assets.href("site.css"),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        section,
        Optional.empty());
  }

  /** The fingerprinted address of script {@code name}. */
  public String script(String name) {
    return assets.href(name);
  }
}
