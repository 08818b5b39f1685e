package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A device or system that authored content (ITK-Device-1, MessageHeader.source software).
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param status status, or null
 * @param type type, or null
 * @param manufacturer manufacturer, or null
 * @param deviceName name, or null
 * @param modelNumber model, or null
 * @param version version, or null
 * @param owner owning organisation, or null
 * @param notes notes
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Device(
    String id,
    List<Identifier> identifiers,
    String status,
    Concept type,
    String manufacturer,
    String deviceName,
    String modelNumber,
    String version,
    Ref owner,
    List<Note> notes,
    Extras extras) {
  public Device {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    Checks.optionalText(manufacturer, "manufacturer");
    Checks.optionalText(deviceName, "deviceName");
    Checks.optionalText(modelNumber, "modelNumber");
    Checks.optionalText(version, "version");
    notes = Checks.list(notes, "notes");
    extras = extras == null ? Extras.NONE : extras;
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.identifiers = new ArrayList<>(identifiers);
    b.status = status;
    b.type = type;
    b.manufacturer = manufacturer;
    b.deviceName = deviceName;
    b.modelNumber = modelNumber;
    b.version = version;
    b.owner = owner;
    b.notes = new ArrayList<>(notes);
    b.extras = extras;
    return b;
  }

  /** Builds a {@link Device}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private String status;
    private Concept type;
    private String manufacturer;
    private String deviceName;
    private String modelNumber;
    private String version;
    private Ref owner;
    private List<Note> notes = new ArrayList<>();
    private Extras extras = Extras.NONE;

    private Builder() {}

    /** Sets the id. */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** Replaces the identifiers. */
    public Builder identifiers(List<Identifier> values) {
      this.identifiers = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the identifiers. */
    public Builder addIdentifier(Identifier value) {
      this.identifiers.add(Checks.notNull(value, "identifiers"));
      return this;
    }

    /** Sets the status. */
    public Builder status(String value) {
      this.status = value;
      return this;
    }

    /** Sets the type. */
    public Builder type(Concept value) {
      this.type = value;
      return this;
    }

    /** Sets the manufacturer. */
    public Builder manufacturer(String value) {
      this.manufacturer = value;
      return this;
    }

    /** Sets the deviceName. */
    public Builder deviceName(String value) {
      this.deviceName = value;
      return this;
    }

    /** Sets the modelNumber. */
    public Builder modelNumber(String value) {
      this.modelNumber = value;
      return this;
    }

    /** Sets the version. */
    public Builder version(String value) {
      this.version = value;
      return this;
    }

    /** Sets the owner. */
    public Builder owner(Ref value) {
      this.owner = value;
      return this;
    }

    /** Replaces the notes. */
    public Builder notes(List<Note> values) {
      this.notes = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the notes. */
    public Builder addNote(Note value) {
      this.notes.add(Checks.notNull(value, "notes"));
      return this;
    }

    /** Sets the extras. */
    public Builder extras(Extras value) {
      this.extras = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public Device build() {
      return new Device(
          id,
          identifiers,
          status,
          type,
          manufacturer,
          deviceName,
          modelNumber,
          version,
          owner,
          notes,
          extras);
    }
  }
}
