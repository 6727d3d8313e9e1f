using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

/// <summary>
/// One call with four dossiers of the same consortium: A partially funded (Bretagne grants part, the State all,
/// Normandie declines), B funded, C requested and pending, D submitted only. Requested per dossier: State 357 500 €,
/// Bretagne 257 500 €, Normandie 100 000 €.
/// Seeded once per class on the collection's host, after a reset: the class's tests read it and never reset it.
/// </summary>
public sealed class FundedCallFixture(ApiFactory factory) : IAsyncLifetime
{
    public ApiFactory Factory { get; } = factory;
    public CoFundingWorld World { get; private set; } = null!;
    public Guid CallId { get; private set; }
    public Guid PartiallyFunded { get; private set; }
    public Guid Funded { get; private set; }
    public Guid Pending { get; private set; }
    public Guid SubmittedOnly { get; private set; }

    /// <summary>The large partner's name starts with '=': exports must keep it a value, never a formula.</summary>
    public const string FormulaLikeName = "=1+1 Industries";

    public async Task InitializeAsync()
    {
        await Factory.ResetAsync();
        var w = World = await CoFundingWorld.Create(Factory);
        var large = await CoFundingWorld.NewMember(w.Api, "Large", "FR-NOR", FormulaLikeName);
        CallId = await w.CreateCall();

        async Task<Guid> Dossier(bool request)
        {
            var id = await w.CreateDossier(CallId, (w.Sme, 700_000m), (w.Lab, 500_000m), (large, 800_000m));
            await CoFundingWorld.Submit(id, w.Sme);
            if (request)
            {
                await w.MarkLabelled(id);
                await Consortium.Expect(w.Manager.PostAsync($"/api/proposals/{id}/funding-requests", null), HttpStatusCode.OK);
            }

            return id;
        }

        PartiallyFunded = await Dossier(request: true);
        Funded = await Dossier(request: true);
        Pending = await Dossier(request: true);
        SubmittedOnly = await Dossier(request: false);

        var (sme, lab) = (w.Sme.OrganisationId, w.Lab.OrganisationId);
        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, PartiallyFunded, w.Bretagne, "Granted", (sme, 100_000m), (lab, 100_000m)), HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, PartiallyFunded, w.State, "Granted", (sme, 157_500m), (lab, 100_000m), (large.OrganisationId, 100_000m)),
            HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, PartiallyFunded, w.Normandie, "Declined"), HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, Funded, w.Bretagne, "Granted", (sme, 157_500m), (lab, 100_000m)), HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, Funded, w.State, "Granted", (sme, 157_500m), (lab, 100_000m), (large.OrganisationId, 100_000m)),
            HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, Funded, w.Normandie, "Granted", (large.OrganisationId, 100_000m)), HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, Pending, w.Normandie, "Granted", (large.OrganisationId, 50_000m)), HttpStatusCode.Created);
        LargeOrganisationId = large.OrganisationId;
    }

    public Guid LargeOrganisationId { get; private set; }

    public Task DisposeAsync() => Task.CompletedTask;
}
