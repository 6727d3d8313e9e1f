namespace FundingPortal.Infrastructure.Hosting;

/// <summary>
/// The HTTP requests this process is serving right now, counted by the first middleware of the pipeline. The measure
/// the background renderers yield to (ADR 0038): requests in flight rise as soon as requests queue for the CPU or the
/// database, and fall to zero the moment the rush stops, with no window to tune. A worker process serves no requests,
/// so its pressure stays zero and it renders at full speed.
/// </summary>
public sealed class RequestPressure
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public void Enter() => Interlocked.Increment(ref _inFlight);

    public void Leave() => Interlocked.Decrement(ref _inFlight);
}
