namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A test class on a host shared by its collection: before each of its tests the host is put back to how it started
/// (<see cref="ApiFactory.ResetAsync"/>). xunit runs the classes of one collection one after another, never together.
/// </summary>
public abstract class PortalTest(ApiFactory host) : IAsyncLifetime
{
    public virtual Task InitializeAsync() => host.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
