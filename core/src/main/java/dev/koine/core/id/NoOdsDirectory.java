package dev.koine.core.id;

import java.util.Optional;

/** {@link OdsDirectory#none()}: knows nothing, and says so. */
enum NoOdsDirectory implements OdsDirectory {
  INSTANCE;

  @Override
  public Optional<OdsOrganisation> find(OdsCode code) {
    return Optional.empty();
  }

  @Override
  public boolean isAuthoritative() {
    return false;
  }

  @Override
  public String toString() {
    return "OdsDirectory.none()";
  }
}
