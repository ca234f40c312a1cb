package org.civicbrief.ingest.url;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks up a host's addresses; a seam so tests can answer without DNS. */
@FunctionalInterface
interface HostResolver {

  /** Every address of {@code host}, which is a name or a literal without brackets. */
  InetAddress[] resolve(String host) throws UnknownHostException;
}
