package com.marketplace.sandbox;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the sandbox out of the marketplace's {@code /openapi}. Payara serves one document for all
 * the applications it runs, merged from one per application: with scanning off the sandbox's still
 * brings its own server address and Payara's default title, which would replace the marketplace's.
 */
public class SandboxOutOfApiDescription implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setServers(new ArrayList<>());
        api.setInfo(null);
        api.setTags(new ArrayList<>());
    }
}
