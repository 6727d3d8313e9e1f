namespace FundingPortal.Infrastructure.IntegrationTests.Support;

public static class Eventually
{
    /// <summary>Polls until the condition holds; fails with the last observed value after the timeout.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> observe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await observe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what ?? "a condition"}; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
