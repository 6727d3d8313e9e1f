using FundingPortal.Application.Calendar;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.AnnounceCallClosed;
using FundingPortal.Application.Calls.FindCallsToAnnounceClosed;
using FundingPortal.Application.Common;
using FundingPortal.Application.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FundingPortal.Application.Notifications;

/// <summary>Use cases of notifications, reminders, deadline sweeps and the calendar feed.</summary>
public static class NotificationsRegistration
{
    public static IServiceCollection AddNotificationsAndReminders(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section);
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section);

        services.AddScoped<Notifier>();
        services.AddScoped<NotifySubmissionReceived>();
        services.AddScoped<NotifyConsortium>();
        services.AddScoped<NotifyJoinRequest>();
        services.AddScoped<SendNotificationEmail>();
        services.AddScoped<ListMyNotifications>();
        services.AddScoped<MarkNotificationRead>();

        services.AddScoped<ReminderSender>();
        services.AddScoped<SendDraftReminders>();
        services.AddScoped<SendReviewReminders>();
        services.AddScoped<SendFundingDecisionReminders>();

        services.AddScoped<FindCallsToAnnounceClosed>();
        services.AddScoped<AnnounceCallClosed>();
        services.AddScoped<MyCalendar>();
        services.AddScoped<CalendarFeedUrl>();
        services.AddScoped<ReadCalendarFeed>();
        return services;
    }
}
