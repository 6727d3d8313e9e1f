using FundingPortal.Api.Http;
using FundingPortal.Application.Common;
using FundingPortal.Application.Verification;
using FundingPortal.Application.Verification.VerifyDocumentHash;

namespace FundingPortal.Api.Endpoints.Verification;

public static class VerificationEndpoints
{
    public static void MapVerificationEndpoints(this IEndpointRouteBuilder app)
    {
        // Public by design (the QR code of a receipt leads here): it answers only what the holder of the PDF already reads on it.
        app.MapGet("/api/verify/{sha256}", async (string sha256, VerifyDocumentHash handler, CancellationToken ct) =>
                (await handler.Handle(sha256, ct)).ToResult())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Verify)
            .WithTags("Verification")
            .Produces<VerifiedDocument>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
