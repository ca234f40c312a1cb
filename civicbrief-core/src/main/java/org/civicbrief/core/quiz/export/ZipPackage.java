package org.civicbrief.core.quiz.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The files of a content package, written as one ZIP with the manifest first. */
final class ZipPackage {

  /** One fixed time for every entry, so the same quiz always makes the same bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** Adds {@code doc} as {@code path}. */
  void add(String path, XmlDocument doc) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    doc.writeTo(bytes);
    add(path, bytes.toByteArray());
  }

  private void add(String path, byte[] content) {
    if (files.putIfAbsent(path, content) != null) {
      throw new IllegalStateException("two files at " + path + " in one package");
    }
  }

  /** Writes the package to {@code out}, which stays open. */
  void writeTo(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      ZipEntry e = new ZipEntry(f.getKey());
      e.setTimeLocal(ENTRY_TIME);
      zip.putNextEntry(e);
      zip.write(f.getValue());
      zip.closeEntry();
    }
    // finish, not close: the caller owns the stream.
    zip.finish();
    zip.flush();
  }
}
