using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.Documents;
using FundingPortal.Infrastructure.Documents.Rendering;
using FundingPortal.Infrastructure.Hosting;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FundingPortal.Api.IntegrationTests.Documents;

/// <summary>
/// One rendering loop, counted, that yields at 50 requests in flight for as long as they last (ten minutes at most): the
/// tests hold the pressure themselves, so nothing depends on how fast this machine renders.
/// </summary>
public sealed class YieldingRendererFactory : ApiFactory
{
    public const int Threshold = 50;

    public HeldRenderer Renderer { get; } = new();

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
    [
        ("Messaging:DocumentRenderers", "1"),
        ("Messaging:RenderYieldAtRequests", $"{Threshold}"),
        ("Messaging:RenderMaxYield", "00:10:00"),
    ];

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<IDocumentRenderer>();
        services.AddSingleton<IDocumentRenderer>(Renderer);
    }
}

/// <summary>ADR 0038: the renderers pause between documents while the request path is busy, and catch up when it is not.</summary>
[Collection(Collections.YieldingRenderer)]
public sealed class RenderingYieldTests(YieldingRendererFactory factory) : PortalTest(factory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_renderer_pauses_while_requests_crowd_the_process_and_renders_every_document_once_when_they_are_gone()
    {
        var pressure = factory.Services.GetRequiredService<RequestPressure>();
        var yielding = factory.Services.GetRequiredService<RenderingYield>();
        var c = await Consortium.Create(factory);
        await c.MakeEligible();

        var held = 0;
        try
        {
            // A rush: more requests in flight than the threshold; the loop, polling, finds the process busy and pauses.
            for (; held < YieldingRendererFactory.Threshold; held++)
            {
                pressure.Enter();
            }

            var pauses = yielding.Pauses;
            await Until(() => yielding.Pauses > pauses, "the renderer never paused for the requests in flight");
            var renders = factory.Renderer.Renders;
            await Consortium.Expect(c.Submit(), HttpStatusCode.OK);

            // The submission woke the loop, which is still pausing: both documents wait, nothing was rendered.
            Assert.True(yielding.Busy);
            Assert.All(await Documents(c.ProposalId), d => Assert.Equal(DocumentStatus.Pending, d.Status));
            Assert.Equal(renders, factory.Renderer.Renders);
        }
        finally
        {
            for (; held > 0; held--)
            {
                pressure.Leave();
            }
        }

        // The rush is over: the loop resumes at once, each document rendered once.
        await Until(async () => (await Documents(c.ProposalId)).All(d => d.Status == DocumentStatus.Ready), "the documents were never rendered");
        Assert.Equal(2, await Contents(c.ProposalId));
    }

    [Fact]
    public async Task A_pause_never_outlasts_the_longest_yield_however_busy_the_process_stays()
    {
        var pressure = new RequestPressure();
        var yielding = new RenderingYield(pressure, Options.Create(new MessagingOptions { RenderYieldAtRequests = 2, RenderMaxYield = TimeSpan.FromMilliseconds(200) }));
        pressure.Enter();
        Assert.False(await yielding.WaitForQuietAsync(CancellationToken.None));

        pressure.Enter();
        Assert.True(yielding.Busy);
        Assert.True(await yielding.WaitForQuietAsync(CancellationToken.None).WaitAsync(Patience));
        Assert.True(yielding.Busy);
        Assert.Equal(1, yielding.Pauses);
    }

    private static async Task Until(Func<bool> condition, string failure) => await Until(() => Task.FromResult(condition()), failure);

    private static async Task Until(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(20);
        }
    }

    private Task<List<GeneratedDocument>> Documents(Guid proposalId) => DocumentRows.Of(factory, proposalId);

    private Task<int> Contents(Guid proposalId) => DocumentRows.Contents(factory, proposalId);
}
