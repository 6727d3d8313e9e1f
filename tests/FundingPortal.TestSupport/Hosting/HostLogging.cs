using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FundingPortal.TestSupport.Hosting;

/// <summary>
/// Hangfire logs through one provider per process (a static), set to the logger factory of the last host that built its
/// configuration. A test process runs many hosts, and stops some while others start: the provider can then hold a
/// stopped host's disposed factory, and the next host to create a Hangfire client fails to start
/// (ObjectDisposedException from LoggerFactory.CreateLogger). A test host's factory, once disposed, hands out loggers that
/// write nowhere instead of throwing. One host per process, as in production, never meets this.
/// </summary>
public static class HostLogging
{
    public static IServiceCollection AddLoggingThatOutlivesTheHost(this IServiceCollection services)
    {
        services.TryAddSingleton<LoggerFactory>();
        return services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new OutlivingLoggerFactory(sp.GetRequiredService<LoggerFactory>())));
    }

    /// <summary>The container disposes the inner factory; this one only stops handing out its loggers.</summary>
    private sealed class OutlivingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        private volatile bool _disposed;

        public ILogger CreateLogger(string categoryName)
        {
            if (_disposed)
            {
                return NullLogger.Instance;
            }

            try
            {
                return inner.CreateLogger(categoryName);
            }
            catch (ObjectDisposedException)
            {
                return NullLogger.Instance;
            }
        }

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => _disposed = true;
    }
}
