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

    private async Task<PendingDocumentOutcome> Batch(int size)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PendingDocumentBatch>().RenderNextAsync(size, [], CancellationToken.None);
    }

    private async Task<List<GeneratedDocument>> Documents(Guid proposalId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().GeneratedDocuments.AsNoTracking()
            .Where(d => d.ProposalId == proposalId).ToListAsync();
    }

    private async Task<int> Contents(Guid proposalId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.DocumentContents.CountAsync(c => db.GeneratedDocuments.Any(d => d.Id == c.DocumentId && d.ProposalId == proposalId));
    }

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
