package be.draaischijf.web.http;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every Faces resource's address carries a version: PrimeFaces' own already do ({@code &v=15.0.13}); the others (our
 * style sheets, Faces' own script) get {@code v=} and the first ten hexadecimal digits of the SHA-256 of their content,
 * so a changed file has a new address and an unchanged one keeps its address across deployments. A request for the
 * current version is answered with {@code Cache-Control: public, max-age=31536000, immutable} ({@link VersionedResource}).
 * Registered in faces-config.xml; the version of a resource is computed once per deployment.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(getWrapped().createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(getWrapped().createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(getWrapped().createResource(resourceName, libraryName, contentType));
    }

    @Override
    public Resource createResourceFromId(String resourceId) {
        return versioned(getWrapped().createResourceFromId(resourceId));
    }

    private Resource versioned(Resource resource) {
        return resource == null || resource instanceof VersionedResource ? resource : new VersionedResource(resource, this);
    }

    /** The version of a resource's content, when its content can be read. */
    Optional<String> versionOf(Resource resource) {
        URL url = resource.getURL();
        if (url == null) {
            return Optional.empty();
        }
        return versions.computeIfAbsent(resource.getLibraryName() + ":" + resource.getResourceName(), key -> digest(url));
    }

    static Optional<String> digest(URL url) {
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false); // no jar file kept open
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = connection.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, read);
                }
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest(), 0, 5));
        } catch (IOException | NoSuchAlgorithmException unreadable) {
            return Optional.empty();
        }
    }
}
