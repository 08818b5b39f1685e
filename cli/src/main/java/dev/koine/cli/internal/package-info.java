/** Implementation of the {@code koine} commands. Not API. */
package dev.koine.cli.internal;
