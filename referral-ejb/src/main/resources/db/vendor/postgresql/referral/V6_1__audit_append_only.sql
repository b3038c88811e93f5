-- PostgreSQL only (ModuleSchema adds db/vendor/postgresql/<module> there): the audit log is append-only in the
-- database itself (ADR 0040). Whatever connects as the application's user - the application, a script, a console -
-- may add lines, never change or delete one; a case's head (its last line) moves on, and is never deleted.
-- H2 (demo and development) has no such trigger: there the hash chain alone shows a change.
create or replace function case_audit_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege',
              hint = 'Audit lines are never changed or deleted (ADR 0040).';
end;
$$;

create trigger case_audit_no_update_or_delete
    before update or delete on case_audit
    for each row execute function case_audit_append_only();
create trigger case_audit_no_truncate
    before truncate on case_audit
    for each statement execute function case_audit_append_only();

create trigger case_audit_head_no_delete
    before delete on case_audit_head
    for each row execute function case_audit_append_only();
create trigger case_audit_head_no_truncate
    before truncate on case_audit_head
    for each statement execute function case_audit_append_only();
