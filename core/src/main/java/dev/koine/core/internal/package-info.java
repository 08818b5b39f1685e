/** Implementation helpers of koine-core. Not API: may change in any release. */
package dev.koine.core.internal;
