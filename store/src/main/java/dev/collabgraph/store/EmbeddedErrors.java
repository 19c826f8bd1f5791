package dev.collabgraph.store;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Failures of the embedded database as the driver reports them: a {@link ClientException},
 * {@link TransientException} or {@link DatabaseException} carrying Neo4j's status code
 * ({@code Neo.ClientError.Statement.SyntaxError}, {@code Neo.ClientError.Transaction.TransactionTimedOut} …). Callers
 * (the console's messages, the HTTP error mapping, retries) then handle both paths with one set of rules.
 */
final class EmbeddedErrors {
    private EmbeddedErrors() {
    }

    /** The driver's form of {@code e} when it comes from Neo4j (it carries a status); else {@code e} itself. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof Neo4jException) {
            return e;
        }
        String code = code(e);
        if (code == null) {
            return e;
        }
        String message = e.getMessage() == null ? code : e.getMessage();
        if (code.startsWith("Neo.ClientError.")) {
            return new ClientException(code, message);
        }
        if (code.startsWith("Neo.TransientError.")) {
            return new TransientException(code, message);
        }
        return new DatabaseException(code, message);
    }

    private static String code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QueryExecutionException q && q.getStatusCode() != null) {
                return q.getStatusCode();
            }
        }
        Status status = Status.statusCodeOf(e);
        return status == null ? null : status.code().serialize();
    }
}
