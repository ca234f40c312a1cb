package org.civicbrief.web.port;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as an editor hands it in: pasted text, a link to fetch, or an uploaded file. Each kind
 * may carry the publication date the editor states, which wins over what the document says.
 */
public sealed interface ArticleInput {

  /** The publication date the editor gave, if any. */
  Optional<LocalDate> published();

  /**
   * Text pasted into a form.
   *
   * @param text the article, headline first or given apart
   * @param title the headline when it is not the first line of the text
   * @param published the publication date
   */
  record Pasted(String text, Optional<String> title, Optional<LocalDate> published)
      implements ArticleInput {
    public Pasted {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(published, "published");
    }
  }

  /**
   * A web address to fetch; the fetch passes the address guard (no loopback, private or metadata
   * hosts unless allowed).
   *
   * @param url an http or https URL
   * @param published the publication date
   */
  record Link(String url, Optional<LocalDate> published) implements ArticleInput {
    public Link {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(published, "published");
    }
  }

  /**
   * An uploaded file, such as a saved HTML page.
   *
   * @param filename the name the browser sent
   * @param mediaType the type the browser sent, if any
   * @param content the bytes
   * @param published the publication date
   */
  record Upload(
      String filename, Optional<String> mediaType, byte[] content, Optional<LocalDate> published)
      implements ArticleInput {
    public Upload {
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(mediaType, "mediaType");
      content = content.clone();
      Objects.requireNonNull(published, "published");
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Upload u
          && filename.equals(u.filename)
          && mediaType.equals(u.mediaType)
          && java.util.Arrays.equals(content, u.content)
          && published.equals(u.published);
    }

    @Override
    public int hashCode() {
      return Objects.hash(filename, mediaType, java.util.Arrays.hashCode(content), published);
    }

    @Override
    public String toString() {
      return "Upload[" + filename + ", " + content.length + " bytes]";
    }
  }
}
