package org.civicbrief.web.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.civicbrief.store.Store;
import org.civicbrief.web.http.HttpProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Endpoints for load balancers and monitoring: {@code /healthz} (the process answers), {@code
 * /readyz} (it can serve: the database answers and it is not shutting down) and, when the
 * configuration sets a token, {@code /metrics} in the Prometheus text format behind it.
 */
public final class OpsRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(OpsRoutes.class);

  private final Store store;
  private final Metrics metrics;
  private final Optional<byte[]> token;
  private volatile boolean draining;

  /** The routes; {@code metricsToken} empty leaves {@code /metrics} out. */
  public OpsRoutes(Store store, Metrics metrics, Optional<String> metricsToken) {
    this.store = store;
    this.metrics = metrics;
    this.token = metricsToken.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
  }

  /** Registers the routes. */
  public void register(RoutesConfig routes) {
    routes.get("/healthz", ctx -> text(ctx, 200, "ok\n"));
    routes.get("/readyz", this::ready);
    if (token.isPresent()) {
      routes.get("/metrics", this::metrics);
    }
  }

  /** From now on {@code /readyz} says 503, so a balancer sends new requests elsewhere. */
  public void drain() {
    draining = true;
  }

  private void ready(Context ctx) {
    if (draining) {
      text(ctx, 503, "shutting down\n");
      return;
    }
    try {
      store.ping();
    } catch (RuntimeException e) {
      LOG.warn("not ready: the database does not answer: {}", e.getMessage());
      text(ctx, 503, "the database does not answer\n");
      return;
    }
    text(ctx, 200, "ready\n");
  }

  private void metrics(Context ctx) {
    String presented = ctx.header("Authorization");
    if (presented == null
        || !MessageDigest.isEqual(
            token.orElseThrow(), presented.strip().getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new HttpProblem(401, "Sign-in required", "The metrics need their bearer token.");
    }
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  private static void text(Context ctx, int status, String body) {
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).contentType("text/plain; charset=utf-8").result(body);
  }
}
