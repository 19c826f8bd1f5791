package dev.collabgraph.app.http;

/**
 * A message for the user in the two languages of the explorer: the API answers the one the request asks for
 * ({@link Language}), logs and the command line keep the English.
 */
public record Wording(String en, String zh) {
    public String in(String language) {
        return Language.ENGLISH.equals(language) ? en : zh;
    }
}
