package io.github.digestplugin.report.render;

import java.io.IOException;
import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/** Velocity's view of a {@link TemplateSource}: the user's template, else the packaged default. */
final class TemplateLoader extends ResourceLoader {

    private final TemplateSource source;

    TemplateLoader(TemplateSource source) {
        this.source = source;
    }

    @Override
    public void init(ExtProperties configuration) {
        // Everything comes from the TemplateSource given at construction.
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        try {
            return buildReader(source.open(name), encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException(e.getMessage(), e, rsvc.getLogContext().getStackTrace());
        }
    }

    @Override
    public boolean resourceExists(String name) {
        return source.exists(name);
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return source.lastModified(resource.getName());
    }
}
