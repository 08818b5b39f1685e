package dev.koine.fhir.internal.map;

import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.model.Entities;
import dev.koine.core.model.OtherResource;
import dev.koine.core.model.Patient;
import dev.koine.core.model.RawElement;
import dev.koine.core.model.Ref;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Content no typed mapper claims, version-neutral: a standalone resource, a non-message Bundle
 * ({@code collection}, {@code searchset}, {@code transaction} ...), a message whose event names no
 * payload Koine knows. It decodes to an {@link OtherContent}: the envelope (the real MessageHeader
 * where there is one, else the synthetic one of {@link OtherContent}), the first Patient typed,
 * every entry a {@link VersionMapper} maps typed, and the rest carried verbatim as {@link
 * OtherResource}s (each reported as {@link IssueCode#CARRIED_VERBATIM}). Entries left over by a
 * typed payload mapper are carried the same way ({@link #leftovers}).
 */
public final class Generic {
  private Generic() {}

  /** Decodes a parsed root (any resource) to an {@link OtherContent} message; never null. */
  public static Message decode(Dec d, FhirNode root, VersionMapper mapper) {
    if (!"Bundle".equals(root.resourceType())) {
      return standalone(d, root, mapper.version());
    }
    MessageBundle b = MessageBundle.of(root);
    String type = b.type();
    Envelope env = null;
    List<Ref> focus = List.of();
    if ("message".equals(type)) {
      env = mapper.decodeHeader(d, b);
      MessageBundle.Entry he = b.first("MessageHeader");
      if (env != null && he != null) {
        focus = Datatypes.all(d, he.resource(), "focus", Datatypes::ref);
      }
    }
    if (env == null) {
      d.str(root, "type");
      BundleInfo info = b.info(d);
      env =
          Envelope.builder()
              .family(Family.OTHER)
              .event(Coding.of(OtherContent.EVENT_SYSTEM, type == null ? "collection" : type))
              .bundle(info)
              .build();
      if (type == null) {
        d.issue(
            IssueCode.REQUIRED_MISSING,
            "Bundle.type",
            "Bundle.type is required; read as collection");
      }
    }
    Patient patient = null;
    MessageBundle.Entry pe = b.first("Patient");
    if (pe != null && !b.isTaken(pe)) {
      patient =
          EntityMapper.take(d, b, pe, () -> PatientMapper.decode(d, pe.resource(), pe.id()), null);
    }
    Entities.Builder eb = Entities.builder();
    // typed where the model holds a resource whole, else carried verbatim: nothing lost
    d.wholeOnly(true);
    try {
      mapper.decodeEntities(d, b, eb);
    } finally {
      d.wholeOnly(false);
    }
    eb.others(leftovers(d, b, mapper.version()));
    String bundleType = type == null ? "collection" : type;
    return Message.of(env, new OtherContent(bundleType, patient, eb.build(), focus));
  }

  private static Message standalone(Dec d, FhirNode root, FhirVersion v) {
    String type = root.resourceType();
    FhirNode idNode = root.child("id");
    String id = idNode == null || idNode.value() == null ? null : idNode.value();
    Envelope env =
        Envelope.builder()
            .family(Family.OTHER)
            .event(Coding.of(OtherContent.EVENT_SYSTEM, "resource"))
            .build();
    if ("Patient".equals(type)) {
      Patient p = d.attempt(type, () -> PatientMapper.decode(d, root, id));
      if (p != null) {
        d.mark(root);
        if (idNode != null) {
          d.mark(idNode);
        }
        return Message.of(env, new OtherContent(null, p, Entities.empty()));
      }
    }
    d.markSubtree(root);
    d.issue(IssueCode.CARRIED_VERBATIM, type, type + " carried verbatim (no typed mapping)");
    OtherResource o = new OtherResource(id, v.fhirVersion(), RawMapper.toRawResource(root));
    return Message.of(
        env, new OtherContent(null, null, Entities.builder().addOther(o).build(), List.of()));
  }

  /**
   * Takes every untaken entry that has a resource and returns it as a verbatim resource, with an
   * information issue each (an entry with no resource is kept whole by {@link
   * MessageBundle#details}: it gets the issue only).
   */
  public static List<OtherResource> leftovers(Dec d, MessageBundle b, FhirVersion v) {
    List<OtherResource> out = new ArrayList<>();
    for (MessageBundle.Entry e : b.untaken()) {
      if (e.resource() == null) {
        // kept whole with the bundle info (MessageBundle.details)
        d.issue(
            IssueCode.CARRIED_VERBATIM,
            "Bundle.entry[" + e.index() + "]",
            "entry without a resource carried verbatim");
        continue;
      }
      if (e.type() == null) {
        continue;
      }
      b.take(d, e);
      d.markSubtree(e.resource());
      d.issue(
          IssueCode.CARRIED_VERBATIM,
          e.location(),
          e.type() + " carried verbatim (no typed mapping)");
      out.add(new OtherResource(e.id(), v.fhirVersion(), RawMapper.toRawResource(e.resource())));
    }
    return out;
  }

  /** Encodes an {@link OtherContent} message in this version. */
  public static FhirNode encode(
      Envelope env, OtherContent c, VersionMapper mapper, List<Loss> losses) {
    FhirVersion v = mapper.version();
    List<FhirNode> resources = new ArrayList<>();
    if (c.patient() != null) {
      resources.add(PatientMapper.encode(c.patient(), v, losses));
    }
    mapper.encodeEntities(c.content(), resources, losses);
    resources.addAll(others(c.content().others(), v, losses));
    if (c.isStandalone()) {
      if (resources.isEmpty() && c.content().others().size() == 1) {
        OtherResource o = c.content().others().get(0);
        throw new IllegalArgumentException(
            article(o.type())
                + o.type()
                + " read as FHIR "
                + o.fhirVersion()
                + " is carried verbatim and cannot be written as FHIR "
                + v.fhirVersion());
      }
      if (resources.size() != 1) {
        throw new IllegalArgumentException(
            "a standalone resource holds exactly one resource, not " + resources.size());
      }
      FhirNode r = resources.get(0);
      FhirNode root =
          FhirNode.builder(r.resourceType())
              .resourceType(r.resourceType())
              .children(r.children())
              .build();
      return Conformance.isVerbatim(r) ? Conformance.verbatim(root) : root;
    }
    if ("message".equals(c.bundleType())
        && !OtherContent.EVENT_SYSTEM.equals(env.event().system())) {
      return mapper.encodeMessage(env, c.focus(), resources, losses);
    }
    return MessageBundle.write(c.bundleType(), env.bundle(), resources, v);
  }

  /** The verbatim resources this version can write, as entry resources; the others are losses. */
  public static List<FhirNode> others(
      List<OtherResource> others, FhirVersion v, List<Loss> losses) {
    List<FhirNode> out = new ArrayList<>();
    for (OtherResource o : others) {
      if (o.fhirVersion() != null && !o.fhirVersion().equals(v.fhirVersion())) {
        losses.add(
            new Loss(
                "Entities.others[" + o.type() + "]",
                article(o.type())
                    + o.type()
                    + " read as FHIR "
                    + o.fhirVersion()
                    + " is carried verbatim and cannot be written as FHIR "
                    + v.fhirVersion()));
        continue;
      }
      RawElement r = o.resource();
      if (o.id() != null && r.child("id") == null) {
        List<RawElement> children = new ArrayList<>();
        children.add(RawElement.text("id", o.id()));
        children.addAll(r.children());
        r = RawElement.resource(r.resourceType(), children);
      }
      out.add(Conformance.verbatim(RawMapper.fromRaw(r, "resource")));
    }
    return out;
  }

  /**
   * "an " before a resource type read with a vowel sound at its start (an Observation), else "a ".
   */
  private static String article(String type) {
    return !type.isEmpty() && "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
  }
}
