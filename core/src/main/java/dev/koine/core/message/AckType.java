package dev.koine.core.message;

/** Which acknowledgement: ITK3 infrastructure (transport, 1xxxx/2xxxx) or business (3xxxx). */
public enum AckType {
  /** Infrastructure / accept acknowledgement (ITK3 InfAck, v2 commit ACK). */
  INFRASTRUCTURE,
  /** Business / application acknowledgement (ITK3 BusAck, v2 application ACK, BaRS response). */
  BUSINESS
}
