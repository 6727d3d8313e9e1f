using FundingPortal.Infrastructure.Hosting;
using FundingPortal.Infrastructure.Messaging;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Documents.Rendering;

/// <summary>
/// Makes the renderers step aside while the request path is busy (ADR 0038): before each claim, a renderer waits as long
/// as <see cref="MessagingOptions.RenderYieldAtRequests"/> or more requests are in flight, but never longer than
/// <see cref="MessagingOptions.RenderMaxYield"/>: then it renders one document anyway, so a rush that never ends still
/// gets a document per renderer and period, and a quiet process renders at full speed.
/// </summary>
public sealed class RenderingYield(RequestPressure pressure, IOptions<MessagingOptions> options)
{
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(50);
    private long _pauses;

    /// <summary>Times a renderer found the request path busy and paused (tests wait on it, operators may read it).</summary>
    public long Pauses => Interlocked.Read(ref _pauses);

    public bool Busy => pressure.InFlight >= options.Value.RenderYieldAtRequests;

    /// <summary>Returns once the request path is quiet or the longest pause has passed; true when it paused.</summary>
    public async Task<bool> WaitForQuietAsync(CancellationToken ct)
    {
        if (!Busy)
        {
            return false;
        }

        Interlocked.Increment(ref _pauses);
        // Wall clock: a pause of the machine's work, not business time (TimeProvider may be frozen in tests).
        var until = Environment.TickCount64 + (long)options.Value.RenderMaxYield.TotalMilliseconds;
        while (Busy && Environment.TickCount64 < until)
        {
            await Task.Delay(Look, ct);
        }

        return true;
    }
}
