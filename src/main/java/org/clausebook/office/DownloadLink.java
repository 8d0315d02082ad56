package org.clausebook.office;

/**
 * One download as an item page links it.
 *
 * @param label what the link says, e.g. "Word (.docx, 12 KB)", in the page's language
 * @param url   root-relative URL of the file
 * @param ext   file extension without the dot
 * @param type  media type
 * @param bytes file size
 */
public record DownloadLink(String label, String url, String ext, String type, long bytes) {
}
