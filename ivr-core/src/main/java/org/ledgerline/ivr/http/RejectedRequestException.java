package org.ledgerline.ivr.http;

/**
 * A request the API refuses for a reason the client can fix (bad parameter, malformed body, unknown
 * id). Thrown while reading a request, turned into its {@link ApiError} by the routes; never a 5xx.
 */
public final class RejectedRequestException extends RuntimeException {
    private final transient ApiError apiError;

    public RejectedRequestException(ApiError apiError) {
        super(apiError.error(), null, false, false);
        this.apiError = apiError;
    }

    public ApiError apiError() {
        return apiError;
    }
}
