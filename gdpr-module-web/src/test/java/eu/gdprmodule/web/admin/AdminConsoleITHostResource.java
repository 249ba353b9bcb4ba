package eu.gdprmodule.web.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource of the host's own API, published by {@link AdminConsoleITHostApplication}. */
@Path("host")
public class AdminConsoleITHostResource {

    @jakarta.ws.rs.POST
    @Path("echo")
    @jakarta.ws.rs.Consumes("application/json")
    public String echo(String body) {
        return Integer.toString(body.length());
    }

    @GET
    @Path("fail")
    public String fail() {
        throw new IllegalStateException("the host's own failure");
    }
}
