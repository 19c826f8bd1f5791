package dev.collabgraph.loader;

/**
 * A document that cannot be loaded: missing, empty, binary, undecodable or without the structure of
 * a policy document. The message names the file and the problem and is meant for the user as is.
 */
public final class BadDocumentException extends RuntimeException {
    private final String file;
    private final String problem;

    public BadDocumentException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
