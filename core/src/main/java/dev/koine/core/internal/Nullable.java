package dev.koine.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type use whose value may be {@code null} (an absent optional part). Unannotated types in
 * {@code dev.koine} are never null: NullAway checks this at compile time.
 *
 * <p>Koine's own annotation, so that koine-core keeps no dependency at all. It has the meaning of
 * JSpecify's {@code @Nullable} (type use, kept in the class files, not at run time); NullAway reads
 * any annotation named {@code Nullable} as such. Not API: may change in any release.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE_USE)
public @interface Nullable {}
