namespace FundingPortal.Infrastructure.Messaging;

/// <summary>
/// Wakes a polling loop before its next poll. A hint only: the loop polls anyway, so any number of notifications
/// between two waits count as one.
/// </summary>
public abstract class WakeUpSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another notification already woke the loop.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);

    public void Dispose()
    {
        _semaphore.Dispose();
        GC.SuppressFinalize(this);
    }
}
