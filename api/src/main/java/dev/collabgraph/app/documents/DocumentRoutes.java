package dev.collabgraph.app.documents;

import dev.collabgraph.app.http.LocalizedResponse;
import dev.collabgraph.app.http.ApiError;
import dev.collabgraph.app.http.Params;
import dev.collabgraph.loader.text.DocumentFormat;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * HTTP for the Documents view: the loaded documents (open to every reader), and the write routes — upload with a
 * preview, load, discard, remove — which need an editor ({@link Editors}).
 */
public final class DocumentRoutes {
    private final DocumentLibrary library;
    private final Editors editors;

    public DocumentRoutes(DocumentLibrary library, Editors editors) {
        this.library = library;
        this.editors = editors;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/documents", this::list);
        routes.post("/api/documents", this::upload);
        routes.get("/api/documents/uploads/{id}", this::preview);
        routes.post("/api/documents/{id}/commit", this::commit);
        routes.delete("/api/documents/{id}", this::delete);
    }

    private void list(Context ctx) {
        int skip = Params.integer(ctx, "skip", 0, 0, 1_000_000);
        int limit = Params.integer(ctx, "limit", 50, 1, 200);
        DocumentList page = library.list(skip, limit);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", page.total());
        answer.put("documents", page.documents());
        answer.put("next", page.next());
        answer.put("writable", editors.writable());
        answer.put("maxUploadBytes", library.maxUploadBytes());
        answer.put("formats", new TreeSet<>(DocumentFormat.EXTENSIONS));
        ctx.json(answer);
    }

    private void upload(Context ctx) {
        String editor = editors.require(ctx);
        UploadedFile file = uploadedFile(ctx);
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            throw LocalizedResponse.badRequest("Send the document as the form field 'file' (multipart/form-data)",
                    "请把文件放在表单字段 file 中上传（multipart/form-data）", Map.of("field", "file"));
        }
        if (file.size() > library.maxUploadBytes()) {
            ctx.status(413).json(new ApiError(file.filename() + ": the file is larger than the upload limit of "
                    + library.maxUploadBytes() + " bytes (serve --max-document-mb)", 413,
                    Map.of("field", "file", "limit", String.valueOf(library.maxUploadBytes()))));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
        DocumentPreview preview = library.preview(baseName(file.filename()), bytes, editor).orElse(null);
        if (preview == null) {
            ctx.header("Retry-After", "5");
            throw new ServiceUnavailableResponse("The server is extracting other uploads; try again in a moment");
        }
        ctx.status(201).json(preview);
    }

    private void preview(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(library.findPreview(id).orElseThrow(() -> noUpload(id)));
    }

    private void commit(Context ctx) {
        String editor = editors.require(ctx);
        String id = ctx.pathParam("id");
        if (!PendingUploads.isUploadId(id)) {
            throw LocalizedResponse.badRequest("'" + id + "' is not an upload: load a document by uploading it",
                    "“" + id + "”不是一次上传：请先上传文件再载入", Map.of("field", "id"));
        }
        ctx.json(library.commit(id, editor).orElseThrow(() -> noUpload(id)));
    }

    /** An upload id discards the upload; a document id removes the loaded document. */
    private void delete(Context ctx) {
        String editor = editors.require(ctx);
        String id = ctx.pathParam("id");
        if (PendingUploads.isUploadId(id)) {
            if (!library.discard(id, editor)) {
                throw noUpload(id);
            }
            ctx.json(Map.of("discarded", id));
            return;
        }
        ctx.json(library.remove(id, editor));
    }

    /**
     * The form's file, read by Jetty's multipart parser, which holds the parts to the upload limit while it reads
     * them (a body of undeclared length included) and fails on a malformed body.
     */
    private UploadedFile uploadedFile(Context ctx) {
        try {
            return ctx.uploadedFile("file");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // Jetty says so only in words: "max file size exceeded", "max request size exceeded"
                if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("size exceeded")) {
                    throw new HttpResponseException(413, "The file is larger than the upload limit of "
                            + library.maxUploadBytes() + " bytes (serve --max-document-mb)",
                            Map.of("field", "file", "limit", String.valueOf(library.maxUploadBytes())));
                }
            }
            throw LocalizedResponse.badRequest("The body is not a readable multipart/form-data form",
                    "请求体不是可读的 multipart/form-data 表单", Map.of("field", "file"));
        }
    }

    /** The name without any folder a browser may send with it. */
    private static String baseName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static LocalizedResponse noUpload(String id) {
        return LocalizedResponse.notFound("No upload is waiting under '" + id + "': it was loaded or discarded, or it "
                + "expired; upload the document again", "编号“" + id + "”下没有待载入的上传：它已载入、已放弃或已过期，请重新上传",
                Map.of("id", id));
    }
}
