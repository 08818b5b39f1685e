package dev.koine.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ({@code Implementation-Version}). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "koine " + (version == null ? "(development build)" : version),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
