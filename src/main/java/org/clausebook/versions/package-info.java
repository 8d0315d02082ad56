/**
 * Versions a buyer can cite: the hash that pins a version's text, word-level differences between versions, and the
 * state of each translation against its source. Pure data computed from the content model; the {@code render}
 * package shows it and the {@code cli} package changes files through {@link org.clausebook.versions.Bump}.
 */
package org.clausebook.versions;
