using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Audit.GetAssignmentHistory;
using FundingPortal.Application.Audit.GetCallHistory;
using FundingPortal.Application.Audit.GetExpertHistory;
using FundingPortal.Application.Audit.ListSeals;
using FundingPortal.Application.Audit.SealChainHeads;
using FundingPortal.Application.Audit.VerifyEverything;

namespace FundingPortal.Api.Endpoints.Audit;

/// <summary>Proof that lasts: verify every chain and document, seal the chain heads, read the call, assignment and expert streams.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Audit");
        audit.MapPost("/verify", async (VerifyEverything handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)))
            .WithDescription("Walks every audit stream and every issued document; 200 even when something fails (ok=false, each failure named). "
                + "The same check runs as a command: `dotnet FundingPortal.Api.dll verify` (README).");
        audit.MapGet("/seals", async (ListSeals handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)))
            .WithDescription("Every seal, newest first: the Merkle root over every chain head (docs/proof.md says how to recompute it from the seal's file).");
        audit.MapPost("/seals", async (SealChainHeads handler, CancellationToken ct) =>
                TypedResults.Created("/api/audit/seals", await handler.Handle(SealTrigger.OnDemand, ct)))
            .WithDescription("Seals the chain heads now (the daily job does it every night) and writes the seal's file.");

        app.MapGet("/api/calls/{id:guid}/history", async (Guid id, GetCallHistory handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Calls")
            .WithDescription("The call's audit entries (managers only; 404 for anyone else).");
        app.MapGet("/api/assignments/{id:guid}/history", async (Guid id, GetAssignmentHistory handler, CancellationToken ct) =>
                (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Assignments")
            .WithDescription("The assignment's audit entries (managers and the expert assigned; 404 for anyone else).");
        app.MapGet("/api/experts/{id:guid}/history", async (Guid id, GetExpertHistory handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Experts")
            .WithDescription("The expert's audit entries (managers and the expert; 404 for anyone else).");
    }
}
