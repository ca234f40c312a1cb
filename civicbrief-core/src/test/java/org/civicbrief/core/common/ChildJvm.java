package org.civicbrief.core.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's {@code main} in a new JVM on this test's class path, for tests of a crash. */
public final class ChildJvm {

  private ChildJvm() {}

  /** The running child, its standard error merged into its standard output. */
  public static Process start(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
