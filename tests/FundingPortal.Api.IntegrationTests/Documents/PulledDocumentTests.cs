using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.Documents;
using FundingPortal.Infrastructure.Documents.Rendering;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Documents;

/// <summary>A host that renders nothing by itself (Messaging:DocumentRenderers = 0): the tests drive the claims.</summary>
public sealed class HeldRendererFactory : ApiFactory
{
    public HeldRenderer Renderer { get; } = new();

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() => [("Messaging:DocumentRenderers", "0")];

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<IDocumentRenderer>();
        services.AddSingleton<IDocumentRenderer>(Renderer);
    }
}

/// <summary>The real renderer, counted, and held at a gate when a test asks (a renderer in the middle of a PDF).</summary>
public sealed class HeldRenderer : IDocumentRenderer
{
    private readonly IDocumentRenderer _real = new FundingPortal.Infrastructure.Documents.Renderers.PdfDocumentRenderer();
    private ManualResetEventSlim? _gate;
    private int _renders;

    public SemaphoreSlim Entered { get; } = new(0);
    public int Renders => Volatile.Read(ref _renders);

    public ManualResetEventSlim Hold() => _gate = new ManualResetEventSlim(false);

    public byte[] Render(DocumentModel model, string language = "fr")
    {
        Interlocked.Increment(ref _renders);
        if (Interlocked.Exchange(ref _gate, null) is { } gate)
        {
            Entered.Release();
            gate.Wait(TimeSpan.FromSeconds(30));
        }

        return _real.Render(model, language);
    }
}

/// <summary>ADR 0036: documents to render are Pending rows claimed with FOR UPDATE SKIP LOCKED, not messages held in memory.</summary>
[Collection(Collections.HeldRenderer)]
public sealed class PulledDocumentTests(HeldRendererFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_renderer_killed_mid_document_loses_nothing_and_the_document_is_stored_once_by_the_next_claim()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        Assert.Equal(2, (await Documents(c.ProposalId)).Count(d => d.Status == DocumentStatus.Pending));

        // Renderer A claims the oldest document and stops in the middle of its PDF.
        var gate = factory.Renderer.Hold();
        await using var scopeA = factory.Services.CreateAsyncScope();
        var sessionA = await SessionOf(scopeA);
        var killed = Task.Run(() => scopeA.ServiceProvider.GetRequiredService<PendingDocumentBatch>().RenderNextAsync(1, [], CancellationToken.None));
        Assert.True(await factory.Renderer.Entered.WaitAsync(TimeSpan.FromSeconds(30)), "renderer A never started");

        // Renderer B skips A's locked row instead of waiting for it, and renders the other one.
        var second = await Batch(4);
        var claimedByB = Assert.Single(second.Claimed);

        // A's process dies: its connection goes, its transaction rolls back, its row is Pending and free again.
        Assert.True(await Terminate(sessionA));
        gate.Set();
        await Assert.ThrowsAnyAsync<Exception>(() => killed);
        var afterKill = await Documents(c.ProposalId);
        Assert.Equal(DocumentStatus.Ready, afterKill.Single(d => d.Id == claimedByB).Status);
        var lostOne = afterKill.Single(d => d.Id != claimedByB);
        Assert.Equal(DocumentStatus.Pending, lostOne.Status);

        var third = await Batch(4);
        Assert.Equal([lostOne.Id], third.Claimed);
        Assert.All(await Documents(c.ProposalId), d => Assert.Equal(DocumentStatus.Ready, d.Status));
        Assert.Equal(2, await Contents(c.ProposalId));
        Assert.Empty((await Batch(4)).Claimed);
    }

    [Fact]
    public async Task Renderers_claiming_at_once_share_the_pending_documents_without_overlap_and_render_each_once()
    {
        var proposals = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var c = await Consortium.Create(factory);
            await c.MakeEligible();
            await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
            proposals.Add(c.ProposalId);
        }

        var before = factory.Renderer.Renders;
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Batch(2))));

        var claimed = outcomes.SelectMany(o => o.Claimed).ToList();
        Assert.Equal(6, claimed.Count);
        Assert.Equal(6, claimed.Distinct().Count());
        Assert.Equal(6, factory.Renderer.Renders - before);
        foreach (var proposal in proposals)
        {
            Assert.All(await Documents(proposal), d => Assert.Equal(DocumentStatus.Ready, d.Status));
            Assert.Equal(2, await Contents(proposal));
        }
    }

    [Fact]
    public async Task The_current_versions_documents_are_claimed_before_a_superseded_versions_which_are_still_rendered_after()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        var documents = await Documents(c.ProposalId);
        var first = documents.Where(d => d.Version == 1).Select(d => d.Id).Order().ToList();
        var second = documents.Where(d => d.Version == 2).Select(d => d.Id).Order().ToList();
        Assert.Equal(2, first.Count);
        Assert.Equal(2, second.Count);

        // Version 1's documents are the older requests: without priorities they would come first.
        Assert.Equal(second, (await Claim(new PendingDocumentClaim(2, []))).Claimed.Order().ToList());
        Assert.All((await Documents(c.ProposalId)).Where(d => d.Version == 1), d => Assert.Equal(RenderPriority.Superseded, d.RenderPriority));
        Assert.Equal(first, (await Claim(new PendingDocumentClaim(4, []))).Claimed.Order().ToList());
        Assert.All(await Documents(c.ProposalId), d => Assert.Equal(DocumentStatus.Ready, d.Status));
        Assert.Equal(4, await Contents(c.ProposalId));
    }

    [Fact]
    public async Task Every_so_often_a_claim_takes_the_oldest_superseded_document_and_one_someone_asked_for_goes_first()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        for (var i = 0; i < 3; i++)
        {
            await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var documents = await Documents(c.ProposalId);

        // The aging claim: a superseded document although current ones wait (version 1's, the oldest).
        var aged = Assert.Single((await Claim(new PendingDocumentClaim(1, [], OldestSupersededFirst: true))).Claimed);
        Assert.Equal(1, documents.Single(d => d.Id == aged).Version);

        // The applicant asks for version 2's receipt while it is Pending: it is the next one claimed.
        var receipt = documents.Single(d => d.Version == 2 && d.Kind == DocumentKind.Receipt);
        await ApiClient.AssertProblem(await c.Lead.GetAsync($"/api/documents/{receipt.Id}"), HttpStatusCode.Conflict, "document_not_ready");
        Assert.Equal([receipt.Id], (await Claim(new PendingDocumentClaim(1, []))).Claimed);

        // Then the current version's, then the rest; each rendered once.
        Assert.All((await Claim(new PendingDocumentClaim(2, []))).Claimed, id => Assert.Equal(3, documents.Single(d => d.Id == id).Version));
        Assert.Equal(2, (await Claim(new PendingDocumentClaim(4, []))).Claimed.Count);
        Assert.Empty((await Claim(new PendingDocumentClaim(4, []))).Claimed);
        Assert.Equal(6, await Contents(c.ProposalId));
    }

    private async Task<PendingDocumentOutcome> Claim(PendingDocumentClaim claim)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PendingDocumentBatch>().RenderNextAsync(claim, CancellationToken.None);
    }

    private async Task<PendingDocumentOutcome> Batch(int size)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PendingDocumentBatch>().RenderNextAsync(size, [], CancellationToken.None);
    }

    private Task<List<GeneratedDocument>> Documents(Guid proposalId) => DocumentRows.Of(factory, proposalId);

    private Task<int> Contents(Guid proposalId) => DocumentRows.Contents(factory, proposalId);

    /// <summary>The server process of the session the scope's renderer will claim with (its connection opened now).</summary>
    private static async Task<int> SessionOf(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        return ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
    }

    /// <summary>What a kill -9 of the renderer's process does to its database session.</summary>
    private async Task<bool> Terminate(int session)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
        command.Parameters.AddWithValue("pid", session);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
