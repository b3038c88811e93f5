package be.draaischijf.web.http;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces resource whose address names its version ({@code v=}); asked for with that version, it may be kept for a
 * year without asking again, since another content has another address. Asked for with another version (an old
 * page), or none, it gets Faces' usual caching.
 */
final class VersionedResource extends ResourceWrapper {

    static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";
    private static final Pattern VERSION = Pattern.compile("[?&]v=([^&]+)");

    private final VersionedResourceHandler handler;

    VersionedResource(Resource wrapped, VersionedResourceHandler handler) {
        super(wrapped);
        this.handler = handler;
    }

    @Override
    public String getRequestPath() {
        String path = getWrapped().getRequestPath();
        if (versionIn(path) != null) {
            return path; // PrimeFaces' own: its release is its version
        }
        return withVersion(path, handler.versionOf(getWrapped()).orElse(null));
    }

    /** The address as it is when it names a version already (PrimeFaces' own), else with {@code v=version} added. */
    static String withVersion(String path, String version) {
        if (path == null || version == null || VERSION.matcher(path).find()) {
            return path;
        }
        return path + (path.indexOf('?') >= 0 ? "&" : "?") + "v=" + version;
    }

    /** The version an address names, or null. */
    static String versionIn(String path) {
        Matcher version = path == null ? null : VERSION.matcher(path);
        return version != null && version.find() ? version.group(1) : null;
    }

    @Override
    public Map<String, String> getResponseHeaders() {
        Map<String, String> headers = getWrapped().getResponseHeaders();
        FacesContext faces = FacesContext.getCurrentInstance();
        String asked = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get("v");
        if (asked == null || !asked.equals(versionIn(getRequestPath()))) {
            return headers;
        }
        Map<String, String> cachedForAYear = new HashMap<>(headers == null ? Map.of() : headers);
        cachedForAYear.put("Cache-Control", CACHE_FOR_A_YEAR);
        cachedForAYear.remove("Expires");
        return cachedForAYear;
    }
}
