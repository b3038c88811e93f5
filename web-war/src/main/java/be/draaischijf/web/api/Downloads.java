package be.draaischijf.web.api;

import jakarta.ws.rs.core.Response;

/** A file to download (an export): saved under its name, never kept in a cache. */
final class Downloads {

    private Downloads() {
    }

    static Response attachment(byte[] content, String type, String fileName) {
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
