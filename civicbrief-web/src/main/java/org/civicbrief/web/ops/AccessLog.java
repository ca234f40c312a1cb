package org.civicbrief.web.ops;

import org.civicbrief.web.http.ClientAddress;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, written by Jetty once the response is complete, so pages served by the
 * cached fast path are logged like the rest; also times each request for the metrics. The query
 * string is left out: it holds what readers search for.
 */
public final class AccessLog implements RequestLog {

  private static final Logger LOG = LoggerFactory.getLogger("org.civicbrief.access");

  private final ClientAddress address;
  private final Metrics metrics;

  /** A log that names the client as {@code address} sees it and feeds {@code metrics}. */
  public AccessLog(ClientAddress address, Metrics metrics) {
    this.address = address;
    this.metrics = metrics;
  }

  @Override
  public void log(Request request, Response response) {
    long nanos = System.nanoTime() - request.getBeginNanoTime();
    String method = request.getMethod();
    int status = response.getStatus();
    metrics.request(method, status, nanos);
    if (!LOG.isInfoEnabled()) {
      return;
    }
    String path = request.getHttpURI().getPath();
    String client =
        address.of(Request.getRemoteAddr(request), request.getHeaders().get("X-Forwarded-For"));
    long bytes = Response.getContentBytesWritten(response);
    double millis = nanos / 1e6;
    LOG.atInfo()
        .addKeyValue("method", method)
        .addKeyValue("path", path)
        .addKeyValue("status", status)
        .addKeyValue("ms", Math.round(millis * 100) / 100.0)
        .addKeyValue("bytes", bytes)
        .addKeyValue("client", client)
        .log("{} {} {}", method, path, status);
  }
}
