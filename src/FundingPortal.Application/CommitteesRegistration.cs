using FundingPortal.Application.Committees;
using FundingPortal.Application.Committees.AddCommitteeMember;
using FundingPortal.Application.Committees.GetAgendaItemEvaluation;
using FundingPortal.Application.Committees.InviteCommitteeMember;
using FundingPortal.Application.Committees.ListMyCommitteeSessions;
using FundingPortal.Application.Committees.CloseCommitteeSession;
using FundingPortal.Application.Committees.GetCommitteeSession;
using FundingPortal.Application.Committees.ListCommitteeSessions;
using FundingPortal.Application.Committees.ListCommitteeCandidates;
using FundingPortal.Application.Committees.GetAuditionSlot;
using FundingPortal.Application.Committees.NotifyAuditionScheduled;
using FundingPortal.Application.Committees.RecordCommitteeVote;
using FundingPortal.Application.Committees.RecordRecusal;
using FundingPortal.Application.Committees.ScheduleCommitteeSession;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application;

public static class CommitteesRegistration
{
    public static IServiceCollection AddCommittees(this IServiceCollection services)
    {
        services.AddScoped<CommitteeSessions>();
        services.AddScoped<ScheduleCommitteeSession>();
        services.AddScoped<GetCommitteeSession>();
        services.AddScoped<ListCommitteeSessions>();
        services.AddScoped<RecordRecusal>();
        services.AddScoped<RecordCommitteeVote>();
        services.AddScoped<CloseCommitteeSession>();
        services.AddScoped<NotifyAuditionScheduled>();
        services.AddScoped<ListCommitteeCandidates>();
        services.AddScoped<GetAuditionSlot>();
        services.AddScoped<CommitteeEligibility>();
        services.AddScoped<MemberConflicts>();
        services.AddScoped<InviteCommitteeMember>();
        services.AddScoped<ListMyCommitteeSessions>();
        services.AddScoped<GetAgendaItemEvaluation>();
        services.AddScoped<AddCommitteeMember>();
        return services;
    }
}
