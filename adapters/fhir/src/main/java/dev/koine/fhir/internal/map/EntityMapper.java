package dev.koine.fhir.internal.map;

import static dev.koine.fhir.internal.map.Datatypes.all;
import static dev.koine.fhir.internal.map.Datatypes.one;

import dev.koine.core.codec.Loss;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Device;
import dev.koine.core.model.Entities;
import dev.koine.core.model.HealthcareService;
import dev.koine.core.model.Location;
import dev.koine.core.model.Organisation;
import dev.koine.core.model.Position;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.PractitionerRole;
import dev.koine.core.model.Qualification;
import dev.koine.core.model.RelatedPerson;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.List;
import java.util.Set;

/**
 * The actor resources shared by R4 and STU3: Patient (via {@link PatientMapper}), Practitioner,
 * PractitionerRole, Organization, Location, HealthcareService, RelatedPerson and Device, and the
 * Binary of a document ({@link BinaryMapper}, typed only whole). {@link #decodeInto} takes an entry
 * of one of these types into an {@link Entities.Builder}; {@link #encode} writes the matching actor
 * lists of an {@link Entities} back as entry resources (the version mappers write the documents,
 * where their documents put them).
 */
public final class EntityMapper {
  private EntityMapper() {}

  /**
   * Decodes an entry of one of the shared actor types into {@code out} (Patient goes to {@code
   * otherPatients}) and takes it.
   *
   * @return whether the type is one of these (even if the model refused its content)
   */
  public static boolean decodeInto(
      Dec d, MessageBundle bundle, MessageBundle.Entry e, Entities.Builder out) {
    if (e.type() == null) {
      return false;
    }
    FhirNode r = e.resource();
    String id = e.id();
    switch (e.type()) {
      case "Patient":
        take(d, bundle, e, () -> PatientMapper.decode(d, r, id), out::addOtherPatient);
        return true;
      case "Practitioner":
        take(d, bundle, e, () -> practitioner(d, r, id), out::addPractitioner);
        return true;
      case "PractitionerRole":
        take(d, bundle, e, () -> practitionerRole(d, r, id), out::addPractitionerRole);
        return true;
      case "Organization":
        take(d, bundle, e, () -> organisation(d, r, id), out::addOrganisation);
        return true;
      case "Location":
        take(d, bundle, e, () -> location(d, r, id), out::addLocation);
        return true;
      case "HealthcareService":
        take(d, bundle, e, () -> service(d, r, id), out::addService);
        return true;
      case "RelatedPerson":
        take(d, bundle, e, () -> relatedPerson(d, r, id), out::addRelatedPerson);
        return true;
      case "Device":
        take(d, bundle, e, () -> device(d, r, id), out::addDevice);
        return true;
      case "Binary":
        // typed only whole: a securityContext or non-canonical base64 keeps it verbatim
        takeWhole(d, bundle, e, () -> BinaryMapper.decode(d, r, id), out::addDocument);
        return true;
      default:
        return false;
    }
  }

  /**
   * Maps an entry inside an attempt: on success the entry is taken and the value handed to {@code
   * sink}; if the model refuses it, nothing is marked and it is reported as losses.
   */
  public static <T> T take(
      Dec d,
      MessageBundle bundle,
      MessageBundle.Entry e,
      java.util.function.Supplier<T> mapper,
      java.util.function.Consumer<T> sink) {
    if (d.wholeOnly()) {
      return takeWhole(d, bundle, e, mapper, sink);
    }
    T value =
        d.attempt(
            e.location(),
            () -> {
              T v = mapper.get();
              bundle.take(d, e);
              return v;
            });
    if (value != null && sink != null) {
      sink.accept(value);
    }
    return value;
  }

  /**
   * Maps an entry's resource and takes the entry only if nothing in the resource was left
   * unconsumed; returns null (entry untaken, nothing marked, no issue) otherwise, so that the
   * resource stays carried verbatim instead of losing what the model cannot hold.
   */
  public static <T> T takeWhole(
      Dec d,
      MessageBundle bundle,
      MessageBundle.Entry e,
      java.util.function.Supplier<T> mapper,
      java.util.function.Consumer<T> sink) {
    FhirNode idNode = e.resource().child("id");
    T value =
        d.attemptWhole(
            e.location(),
            e.resource(),
            () -> {
              if (idNode != null && e.id() != null && e.id().equals(idNode.value())) {
                d.mark(idNode);
              }
              return mapper.get();
            });
    if (value != null) {
      bundle.take(d, e);
      if (sink != null) {
        sink.accept(value);
      }
    }
    return value;
  }

  /** Encodes the shared actor lists of {@code x} (otherPatients included) as entry resources. */
  public static void encode(Entities x, FhirVersion v, List<FhirNode> out, List<Loss> losses) {
    for (var p : x.otherPatients()) {
      out.add(PatientMapper.encode(p, v, losses));
    }
    x.organisations().forEach(o -> out.add(organisation(o, v)));
    x.practitioners().forEach(o -> out.add(practitioner(o, v)));
    x.practitionerRoles().forEach(o -> out.add(practitionerRole(o, v)));
    x.locations().forEach(o -> out.add(location(o, v)));
    x.services().forEach(o -> out.add(service(o, v)));
    x.relatedPersons().forEach(o -> out.add(relatedPerson(o, v)));
    x.devices().forEach(o -> out.add(device(o, v, losses)));
  }

  static AdministrativeGender gender(Dec d, FhirNode r) {
    FhirNode g = r.child("gender");
    if (g == null || g.value() == null || AdministrativeGender.fromFhir(g.value()).isEmpty()) {
      return null;
    }
    d.mark(g);
    return AdministrativeGender.fromFhir(g.value()).get();
  }

  static Enc start(String type, String id, dev.koine.core.model.Extras extras, FhirVersion v) {
    return Values.extras(Enc.resource("resource", type).str("id", id), extras, v);
  }

  // ---- Practitioner

  /** Decodes a Practitioner. */
  public static Practitioner practitioner(Dec d, FhirNode r, String id) {
    return new Practitioner(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        d.bool(r, "active"),
        all(d, r, "name", Datatypes::humanName),
        all(d, r, "telecom", Datatypes::contactPoint),
        all(d, r, "address", Datatypes::address),
        gender(d, r),
        all(d, r, "qualification", EntityMapper::qualification),
        Values.extras(d, r, Set.of()));
  }

  private static Qualification qualification(Dec d, FhirNode n) {
    return d.attempt(
        "Practitioner.qualification",
        () -> {
          Qualification q =
              new Qualification(
                  all(d, n, "identifier", Datatypes::identifier),
                  one(d, n, "code", Datatypes::concept),
                  one(d, n, "period", Datatypes::period),
                  one(d, n, "issuer", Datatypes::ref));
          d.mark(n);
          return q;
        });
  }

  /** Encodes a Practitioner. */
  public static FhirNode practitioner(Practitioner p, FhirVersion v) {
    return start("Practitioner", p.id(), p.extras(), v)
        .each(p.identifiers(), i -> Datatypes.identifier("identifier", i))
        .bool("active", p.active())
        .each(p.names(), n -> Datatypes.humanName("name", n))
        .each(p.telecom(), t -> Datatypes.contactPoint("telecom", t))
        .each(p.addresses(), a -> Datatypes.address("address", a))
        .str("gender", p.gender() == null ? null : p.gender().fhirCode())
        .each(
            p.qualifications(),
            q ->
                Enc.element("qualification")
                    .each(q.identifiers(), i -> Datatypes.identifier("identifier", i))
                    .node(Datatypes.concept("code", q.code()))
                    .node(Datatypes.period("period", q.period()))
                    .node(Datatypes.ref("issuer", q.issuer(), v))
                    .build())
        .build();
  }

  // ---- PractitionerRole

  /** Decodes a PractitionerRole. */
  public static PractitionerRole practitionerRole(Dec d, FhirNode r, String id) {
    return new PractitionerRole(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        d.bool(r, "active"),
        one(d, r, "period", Datatypes::period),
        one(d, r, "practitioner", Datatypes::ref),
        one(d, r, "organization", Datatypes::ref),
        all(d, r, "code", Datatypes::concept),
        all(d, r, "specialty", Datatypes::concept),
        all(d, r, "location", Datatypes::ref),
        all(d, r, "healthcareService", Datatypes::ref),
        all(d, r, "telecom", Datatypes::contactPoint),
        Values.extras(d, r, Set.of()));
  }

  /** Encodes a PractitionerRole. */
  public static FhirNode practitionerRole(PractitionerRole p, FhirVersion v) {
    return start("PractitionerRole", p.id(), p.extras(), v)
        .each(p.identifiers(), i -> Datatypes.identifier("identifier", i))
        .bool("active", p.active())
        .node(Datatypes.period("period", p.period()))
        .node(Datatypes.ref("practitioner", p.practitioner(), v))
        .node(Datatypes.ref("organization", p.organisation(), v))
        .nodes(Datatypes.concepts("code", p.codes()))
        .nodes(Datatypes.concepts("specialty", p.specialties()))
        .nodes(Datatypes.refs("location", p.locations(), v))
        .nodes(Datatypes.refs("healthcareService", p.services(), v))
        .each(p.telecom(), t -> Datatypes.contactPoint("telecom", t))
        .build();
  }

  // ---- Organization

  /** Decodes an Organization. */
  public static Organisation organisation(Dec d, FhirNode r, String id) {
    return new Organisation(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        d.bool(r, "active"),
        all(d, r, "type", Datatypes::concept),
        d.str(r, "name"),
        d.strs(r, "alias"),
        all(d, r, "telecom", Datatypes::contactPoint),
        all(d, r, "address", Datatypes::address),
        one(d, r, "partOf", Datatypes::ref),
        Values.extras(d, r, Set.of()));
  }

  /** Encodes an Organization. */
  public static FhirNode organisation(Organisation o, FhirVersion v) {
    return start("Organization", o.id(), o.extras(), v)
        .each(o.identifiers(), i -> Datatypes.identifier("identifier", i))
        .bool("active", o.active())
        .nodes(Datatypes.concepts("type", o.types()))
        .str("name", o.name())
        .strs("alias", o.aliases())
        .each(o.telecom(), t -> Datatypes.contactPoint("telecom", t))
        .each(o.addresses(), a -> Datatypes.address("address", a))
        .node(Datatypes.ref("partOf", o.partOf(), v))
        .build();
  }

  // ---- Location

  /** Decodes a Location. */
  public static Location location(Dec d, FhirNode r, String id) {
    return new Location(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        d.str(r, "status"),
        d.str(r, "name"),
        d.strs(r, "alias"),
        d.str(r, "description"),
        d.str(r, "mode"),
        all(d, r, "type", Datatypes::concept),
        all(d, r, "telecom", Datatypes::contactPoint),
        one(d, r, "address", Datatypes::address),
        one(d, r, "physicalType", Datatypes::concept),
        one(d, r, "position", EntityMapper::position),
        one(d, r, "managingOrganization", Datatypes::ref),
        one(d, r, "partOf", Datatypes::ref),
        Values.extras(d, r, Set.of()));
  }

  private static Position position(Dec d, FhirNode n) {
    return d.attempt(
        "Location.position",
        () -> {
          Position p =
              new Position(
                  d.decimal(n, "longitude"), d.decimal(n, "latitude"), d.decimal(n, "altitude"));
          d.mark(n);
          return p;
        });
  }

  /** Encodes a Location (STU3 has one type: further types are losses of the caller's check). */
  public static FhirNode location(Location l, FhirVersion v) {
    Position p = l.position();
    return start("Location", l.id(), l.extras(), v)
        .each(l.identifiers(), i -> Datatypes.identifier("identifier", i))
        .str("status", l.status())
        .str("name", l.name())
        .strs("alias", l.aliases())
        .str("description", l.description())
        .str("mode", l.mode())
        .nodes(Datatypes.concepts("type", l.types()))
        .each(l.telecom(), t -> Datatypes.contactPoint("telecom", t))
        .node(Datatypes.address("address", l.address()))
        .node(Datatypes.concept("physicalType", l.physicalType()))
        .node(
            p == null
                ? null
                : Enc.element("position")
                    .decimal("longitude", p.longitude())
                    .decimal("latitude", p.latitude())
                    .decimal("altitude", p.altitude())
                    .build())
        .node(Datatypes.ref("managingOrganization", l.managingOrganisation(), v))
        .node(Datatypes.ref("partOf", l.partOf(), v))
        .build();
  }

  // ---- HealthcareService

  /** Decodes a HealthcareService (STU3 category is a single concept). */
  public static HealthcareService service(Dec d, FhirNode r, String id) {
    return new HealthcareService(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        d.bool(r, "active"),
        one(d, r, "providedBy", Datatypes::ref),
        all(d, r, "category", Datatypes::concept),
        all(d, r, "type", Datatypes::concept),
        all(d, r, "specialty", Datatypes::concept),
        all(d, r, "location", Datatypes::ref),
        d.str(r, "name"),
        d.str(r, "comment"),
        all(d, r, "telecom", Datatypes::contactPoint),
        all(d, r, "endpoint", Datatypes::ref),
        Values.extras(d, r, Set.of()));
  }

  /** Encodes a HealthcareService. */
  public static FhirNode service(HealthcareService s, FhirVersion v) {
    return start("HealthcareService", s.id(), s.extras(), v)
        .each(s.identifiers(), i -> Datatypes.identifier("identifier", i))
        .bool("active", s.active())
        .node(Datatypes.ref("providedBy", s.providedBy(), v))
        .nodes(Datatypes.concepts("category", s.categories()))
        .nodes(Datatypes.concepts("type", s.types()))
        .nodes(Datatypes.concepts("specialty", s.specialties()))
        .nodes(Datatypes.refs("location", s.locations(), v))
        .str("name", s.name())
        .str("comment", s.comment())
        .each(s.telecom(), t -> Datatypes.contactPoint("telecom", t))
        .nodes(Datatypes.refs("endpoint", s.endpoints(), v))
        .build();
  }

  // ---- RelatedPerson

  /** Decodes a RelatedPerson (STU3 relationship is a single concept). */
  public static RelatedPerson relatedPerson(Dec d, FhirNode r, String id) {
    return new RelatedPerson(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        d.bool(r, "active"),
        one(d, r, "patient", Datatypes::ref),
        all(d, r, "relationship", Datatypes::concept),
        all(d, r, "name", Datatypes::humanName),
        all(d, r, "telecom", Datatypes::contactPoint),
        gender(d, r),
        d.time(r, "birthDate"),
        all(d, r, "address", Datatypes::address),
        one(d, r, "period", Datatypes::period),
        Values.extras(d, r, Set.of()));
  }

  /** Encodes a RelatedPerson. */
  public static FhirNode relatedPerson(RelatedPerson p, FhirVersion v) {
    return start("RelatedPerson", p.id(), p.extras(), v)
        .each(p.identifiers(), i -> Datatypes.identifier("identifier", i))
        .bool("active", p.active())
        .node(Datatypes.ref("patient", p.patient(), v))
        .nodes(Datatypes.concepts("relationship", p.relationships()))
        .each(p.names(), n -> Datatypes.humanName("name", n))
        .each(p.telecom(), t -> Datatypes.contactPoint("telecom", t))
        .str("gender", p.gender() == null ? null : p.gender().fhirCode())
        .time("birthDate", p.birthDate())
        .each(p.addresses(), a -> Datatypes.address("address", a))
        .node(Datatypes.period("period", p.period()))
        .build();
  }

  // ---- Device

  /**
   * Decodes a Device: R4 {@code deviceName} (the first, of type user-friendly-name), {@code
   * modelNumber}, {@code version.value}; STU3 {@code model}, {@code version}.
   */
  public static Device device(Dec d, FhirNode r, String id) {
    String name = null;
    String model;
    String version = null;
    if (d.version() == FhirVersion.R4) {
      FhirNode dn = r.child("deviceName");
      if (dn != null
          && "user-friendly-name".equals(value(dn.child("type")))
          && dn.children().size() == 2) {
        name = d.str(dn, "name");
        if (name != null) {
          d.mark(dn);
          d.str(dn, "type");
        }
      }
      model = d.str(r, "modelNumber");
      FhirNode ver = r.child("version");
      if (ver != null && ver.children().size() == 1) {
        version = d.str(ver, "value");
        if (version != null) {
          d.mark(ver);
        }
      }
    } else {
      model = d.str(r, "model");
      version = d.str(r, "version");
    }
    return new Device(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        d.str(r, "status"),
        one(d, r, "type", Datatypes::concept),
        d.str(r, "manufacturer"),
        name,
        model,
        version,
        one(d, r, "owner", Datatypes::ref),
        all(d, r, "note", Datatypes::note),
        Values.extras(d, r, Set.of()));
  }

  private static String value(FhirNode n) {
    return n == null ? null : n.value();
  }

  /** Encodes a Device. */
  public static FhirNode device(Device x, FhirVersion v, List<Loss> losses) {
    Enc e =
        start("Device", x.id(), x.extras(), v)
            .each(x.identifiers(), i -> Datatypes.identifier("identifier", i))
            .str("status", x.status())
            .node(Datatypes.concept("type", x.type()))
            .str("manufacturer", x.manufacturer());
    if (v == FhirVersion.R4) {
      e.node(
              Enc.element("deviceName")
                  .str("name", x.deviceName())
                  .str("type", x.deviceName() == null ? null : "user-friendly-name")
                  .build())
          .str("modelNumber", x.modelNumber())
          .node(Enc.element("version").str("value", x.version()).build());
    } else {
      e.str("model", x.modelNumber()).str("version", x.version());
      if (x.deviceName() != null) {
        losses.add(new Loss("Device.deviceName", "no place in STU3 Device"));
      }
    }
    return e.node(Datatypes.ref("owner", x.owner(), v))
        .each(x.notes(), n -> Datatypes.note("note", n, v))
        .build();
  }
}
