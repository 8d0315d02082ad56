/**
 * Incremental rebuilds for {@code serve}: values kept from one build to the next and reused when their inputs are
 * equal. Nothing here knows the pipeline; {@code site.Incremental} wires it into the stages. The full {@code build}
 * never uses it.
 */
package org.clausebook.incremental;
