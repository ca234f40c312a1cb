package org.civicbrief.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The style sheet and the scripts, read once at start-up and served with a fingerprint in their
 * address, so browsers may cache them for a year and still get a new version the moment it ships.
 */
public final class Assets {

  /** The files under {@code org/civicbrief/web/assets/}. */
  static final List<String> NAMES = List.of("site.css", "quiz.js", "editor.js");

  private final Map<String, Asset> byName;

  /** Reads the assets from the class path. */
  public Assets() {
    byName =
        NAMES.stream()
            .map(Assets::load)
            .collect(Collectors.toMap(Asset::name, Function.identity()));
  }

  /** The address of asset {@code name}, fingerprinted. */
  public String href(String name) {
    Asset a = byName.get(name);
    if (a == null) {
      throw new IllegalArgumentException("no asset " + name);
    }
    return "/assets/" + a.name + "?v=" + a.version;
  }

  /** Serves {@code GET /assets/{name}}. */
  public void serve(Context ctx) {
    Asset a = byName.get(ctx.pathParam("name"));
    if (a == null) {
      throw HttpProblem.notFound("There is no file by that name.");
    }
    boolean current = a.version.equals(ctx.queryParam("v"));
    ctx.header("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
    ctx.header("ETag", "\"" + a.version + "\"");
    if (("\"" + a.version + "\"").equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    Bytes.send(ctx, a.mediaType, a.bytes);
  }

  private static Asset load(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/org/civicbrief/web/assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("asset " + name + " is missing from the build");
      }
      byte[] bytes = in.readAllBytes();
      String version =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
      String type =
          name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
      return new Asset(name, type, bytes, version);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read asset " + name, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private record Asset(String name, String mediaType, byte[] bytes, String version) {}
}
