// Per rule id: fleet-automation lines that must be gated (Ansible ad-hoc modules) and look-alikes
// that must pass (check mode, listings, harmless modules). `rails runner` lives in the databases pack but
// is Ruby run through the application, the same shape of "code handed to a runner", so its table is here.

import type { RuleCases } from './ruleTable';

export const automationCases: RuleCases[] = [
  {
    rule: 'automation/ansible-adhoc',
    gate: [
      // Shell text in -a is read as the gate reads a line; the typed target is the nested rule's.
      { command: "ansible all -m shell -a 'rm -rf /data'", target: '/data' },
      { command: "ansible web -m command -a 'rm -rf /var/www'", target: '/var/www' },
      { command: "ansible all -m ansible.builtin.shell -a 'rm -rf /srv/app'", target: '/srv/app' },
      { command: "ansible all -m raw -a 'mkfs.ext4 /dev/sdb'", verdict: 'deny', target: '/dev/sdb' },
      { command: 'ansible all -m command -a "psql -c \\"DROP TABLE users\\""', target: 'users' },
      // The default module is command.
      { command: "ansible all -a 'rm -rf /data'", target: '/data' },
      { command: "ansible -i hosts.ini all --become -m shell -a 'rm -rf /data'", target: '/data' },
      { command: "ansible db.prod.internal -m shell -a 'rm -rf /srv/x'", target: '/srv/x', environment: 'production' },
      // The file module with state=absent deletes the path on every host.
      { command: "ansible all -m file -a 'path=/x state=absent'", target: '/x' },
      { command: "ansible all -m ansible.builtin.file -a 'path=/srv/app state=absent'", target: '/srv/app' },
      { command: "ansible all -m file -a 'dest=/srv/app state=absent'", target: '/srv/app' },
    ],
    allow: [
      "ansible all -m shell -a 'rm -rf /data' --check",
      "ansible all -m file -a 'path=/x state=absent' -C",
      "ansible all -m shell -a 'rm -rf /data' --list-hosts",
      "ansible all -m shell -a 'uptime'",
      "ansible all -m shell -a 'echo rm -rf /'",
      "ansible all -m shell -a 'rm -rf /tmp/cache'",
      'ansible all -m ping',
      "ansible all -m file -a 'path=/x state=directory'",
      'ansible-playbook site.yml --check',
    ],
  },
  {
    rule: 'databases/rails-runner-destroy',
    gate: [
      { command: 'rails runner "Project.destroy_all"', target: 'Project' },
      { command: 'bin/rails runner "Project.delete_all"', target: 'Project' },
      { command: 'bundle exec rails runner "Project.destroy_all"', target: 'Project' },
      { command: 'RAILS_ENV=production rails runner "Project.destroy_all"', target: 'Project', environment: 'production' },
      { command: "bin/rails runner 'User.where(active: false).delete_all'" },
      { command: 'rails r "Project.find(1).destroy"' },
      { command: 'gitlab-rails runner "ActiveRecord::Base.connection.drop_table(:users)"' },
    ],
    allow: ['rails runner "puts Project.count"', 'rails runner script.rb', 'rails console', 'rails server', 'rails runner "Project.where(x: 1).update_all(y: 2)"', 'echo "Project.destroy_all"'],
  },
];
